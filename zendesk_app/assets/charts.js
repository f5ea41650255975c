// The dashboard's charts as data: what each one draws, the count written on every bar, and when a
// chart has nothing to draw (its empty state). Kept apart from dashboard.js so the rules that keep
// the charts honest (a rate from a handful of choices is not a bar) live in one place.

export const BLUE = '#1f73b7';
export const GREY = '#adb5bd';
export const RED = '#cc3340';
const TEXT = '#2f3941';
// Below this many tickets or choices a rate is noise: "1 choice, 1 changed" is not a 100% bar.
export const FEW = 5;

// "Source (Repository Management and IAM)" -> "Source": chart axes have little room.
export function shortName(name) {
  return String(name).replace(/\s*\(.*\)\s*$/, '') || String(name);
}

// A rate in percent when enough cases back it, else null (no bar; the label says why).
export function rateOrNothing(part, whole) {
  return whole >= FEW ? (part / whole) * 100 : null;
}

// Chart.js plugin: writes each dataset's `valueLabels` at the end of its bars (or at the axis when
// the bar is left out), so the counts are on the chart, not only in a tooltip.
export const barValues = {
  id: 'rfhBarValues',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.font = '11px system-ui, sans-serif';
    ctx.fillStyle = TEXT;
    chart.data.datasets.forEach((dataset, d) => {
      if (!dataset.valueLabels || !chart.isDatasetVisible(d)) return;
      const meta = chart.getDatasetMeta(d);
      meta.data.forEach((bar, i) => {
        const text = dataset.valueLabels[i];
        if (!text) return;
        const value = dataset.data[i];
        if (horizontal) {
          const x = value === null ? chart.scales.x.getPixelForValue(0) : bar.x;
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, x + 4, bar.y);
        } else {
          const y = value === null ? chart.scales.y.getPixelForValue(0) : bar.y;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, bar.x, y - 3);
        }
      });
    });
    ctx.restore();
  },
};

// Every chart of the stats: { testid, empty, config } (config is null when empty).
export function chartSpecs(stats, t, percent) {
  const common = { animation: false, responsive: true, maintainAspectRatio: false,
    layout: { padding: { top: 16, right: 48 } } };
  const plural = (n, key) => t(n === 1 ? `${key}_one` : `${key}_other`, { n });

  const buckets = stats.buckets;
  const rateEmpty = buckets.every((b) => !b.tickets);
  const labels = buckets.map((b) => b.start);
  const rate = rateEmpty ? null : {
    data: {
      labels,
      datasets: [
        { type: 'bar', label: t('dataset_rate'), backgroundColor: BLUE,
          data: buckets.map((b) => rateOrNothing(b.rfhs, b.tickets)),
          valueLabels: buckets.map((b) => (!b.tickets ? ''
            : b.tickets < FEW ? plural(b.tickets, 'tickets') : `${b.rfhs}/${b.tickets}`)) },
        { type: 'line', label: t('dataset_goal', { goal: percent(stats.goal.rfh_rate) }),
          borderColor: RED, borderDash: [6, 4], pointRadius: 0, fill: false,
          data: labels.map(() => stats.goal.rfh_rate * 100) },
      ],
    },
    options: { ...common, scales: { y: { beginAtZero: true, title: { display: true, text: t('axis_rate') } } } },
    plugins: [barValues],
  };

  const teams = stats.teams.filter((row) => row.rfhs || row.defects);
  const teamChart = teams.length === 0 ? null : {
    type: 'bar',
    data: {
      labels: teams.map((row) => shortName(row.name)),
      datasets: [
        { label: t('dataset_rfhs'), backgroundColor: BLUE, data: teams.map((row) => row.rfhs) },
        { label: t('dataset_defects'), backgroundColor: GREY, data: teams.map((row) => row.defects),
          // Written once per team, after the stack: "3 + 1" reads as RFHs + defects.
          valueLabels: teams.map((row) => t('team_counts', { rfhs: row.rfhs, defects: row.defects })) },
      ],
    },
    options: { ...common, indexAxis: 'y', scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } } },
    plugins: [barValues],
  };

  const versions = stats.overrides.by_model_version.filter((v) => v.feedback > 0);
  const overrides = versions.length === 0 ? null : {
    type: 'bar',
    data: {
      labels: versions.map((v) => (v.model_version === null ? t('version_unknown') : `v${v.model_version}`)),
      datasets: [{ label: t('dataset_overrides'), backgroundColor: BLUE,
        data: versions.map((v) => rateOrNothing(v.overrides, v.feedback)),
        valueLabels: versions.map((v) => (v.feedback < FEW ? plural(v.feedback, 'choices')
          : `${v.overrides}/${v.feedback}`)) }],
    },
    options: { ...common, scales: { y: { beginAtZero: true, title: { display: true, text: t('axis_overrides') } } } },
    plugins: [barValues],
  };

  return [
    { testid: 'chart-rate', title: t('chart_rate', { bucket: t(`bucket_${stats.range.bucket}`) }),
      empty: t('empty_rate'), config: rate },
    { testid: 'chart-teams', title: t('chart_teams'), empty: t('empty_teams'), config: teamChart },
    { testid: 'chart-overrides', title: t('chart_overrides'), empty: t('empty_overrides'),
      config: overrides },
  ];
}
