// Draws each chart from the table next to it, so that the chart and its table always show the same figures.
// <canvas data-chart-table="ID" data-chart-type="bar|doughnut">; the table's <th data-series> name the series and
// every <td data-value> holds a number; the first cell of each body row is the label. data-chart-colors (comma-separated)
// gives colours that carry a meaning, such as on time / late / missing.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var palette = ['#b3261e', '#1d6fb8', '#2e7d32', '#f9a825', '#6a1b9a', '#00838f', '#5d4037', '#455a64'];
  document.querySelectorAll('canvas[data-chart-table]').forEach(function (canvas) {
    var table = document.getElementById(canvas.dataset.chartTable);
    if (!table) {
      return;
    }
    var series = Array.prototype.map.call(table.querySelectorAll('thead th[data-series]'), function (th) {
      return { label: th.textContent.trim(), index: Array.prototype.indexOf.call(th.parentNode.children, th), data: [] };
    });
    var labels = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.children[0].textContent.trim());
      series.forEach(function (s) {
        var cell = row.children[s.index];
        var value = cell ? parseFloat(cell.dataset.value) : NaN;
        s.data.push(isNaN(value) ? null : value);
      });
    });
    var type = canvas.dataset.chartType || 'bar';
    var colors = canvas.dataset.chartColors ? canvas.dataset.chartColors.split(',') : palette;
    var datasets = series.map(function (s, i) {
      return {
        label: s.label, data: s.data,
        backgroundColor: type === 'doughnut' ? colors.slice(0, s.data.length) : colors[i % colors.length]
      };
    });
    new Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false }
    });
  });
});
