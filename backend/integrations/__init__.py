"""Outside services: the GitHub and Zendesk clients, their error type, the app extension."""
