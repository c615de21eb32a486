/* Pladsflow: the outcomes page's monthly trend (Chart.js), drawn from the table beside it:
   one line per column whose header carries data-series (and data-scheme), its values from the cells'
   data-value (a cell without one has nothing known). The table stays, so the page works
   without JavaScript and for screen readers. */
document.addEventListener('DOMContentLoaded', function () {
	if (typeof Chart === 'undefined') {
		return;
	}
	// one colour per scheme; private placements dashed
	var colours = { WAGE_SUBSIDY: '#0a3d91', INTERNSHIP: '#b35900', UTILITY_WORK: '#1b7a3a', FLEX_JOB: '#8e2c8e' };
	document.querySelectorAll('canvas[data-outcome-trend]').forEach(function (canvas) {
		var table = document.getElementById(canvas.dataset.outcomeTrend);
		if (!table) {
			return;
		}
		var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
		var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
		var labels = rows.map(function (row) { return row.querySelector('th').textContent.trim(); });
		var datasets = [];
		headers.forEach(function (header, column) {
			var series = header.dataset.series;
			if (!series) {
				return;
			}
			var total = series === 'total';
			datasets.push({
				label: header.textContent.trim(),
				data: rows.map(function (row) {
					var cell = row.children[column];
					return (cell && cell.dataset.value !== undefined) ? Number(cell.dataset.value) : null;
				}),
				borderColor: total ? '#000' : (colours[header.dataset.scheme] || '#555'),
				borderWidth: total ? 3 : 2,
				borderDash: (series === 'PRIVATE') ? [6, 4] : [],
				spanGaps: false
			});
		});
		new Chart(canvas, {
			type: 'line',
			data: { labels: labels, datasets: datasets },
			options: {
				animation: false, responsive: true, maintainAspectRatio: false,
				scales: { y: { min: 0, max: 100, title: { display: true, text: canvas.dataset.axisLabel } } }
			}
		});
	});
});
