// Entry point: boot the ZAF client and hand it to the App (everything else lives in app.js).
import { App } from './app.js';

const client = window.ZAFClient.init();
window.rfhApp = new App(client, document.getElementById('app'));
window.rfhApp.start();
