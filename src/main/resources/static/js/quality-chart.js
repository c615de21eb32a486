/* Pladsflow: the quality page's trend chart (Chart.js). The same numbers are in the table
   below the chart, so the page works without JavaScript and for screen readers. */
document.addEventListener('DOMContentLoaded', function () {
	if (typeof Chart === 'undefined') {
		return;
	}
	document.querySelectorAll('canvas[data-quality-trend]').forEach(function (canvas) {
		var numbers = function (text) {
			return text.split(';').map(function (v) { return v === '' ? null : Number(v); });
		};
		var labels = canvas.dataset.labels.split(';');
		var colours = ['#0a3d91', '#b35900', '#1b7a3d', '#7a1b6b'];
		var datasets = ['week1', 'week2', 'week3', 'filled'].map(function (key, i) {
			return { label: canvas.dataset[key + 'Label'], data: numbers(canvas.dataset[key]), borderColor: colours[i],
				spanGaps: true };
		});
		datasets.push({
			label: canvas.dataset.targetLabel,
			data: labels.map(function () { return Number(canvas.dataset.target); }),
			borderColor: '#555', borderDash: [6, 4], pointRadius: 0
		});
		new Chart(canvas, {
			type: 'line',
			data: { labels: labels, datasets: datasets },
			options: { animation: false, responsive: true, maintainAspectRatio: false,
				scales: { y: { beginAtZero: true, max: 100 } } }
		});
	});
});
