/* Pladsflow: the status pages' trend charts (Chart.js). The same numbers are in a table
   beside each chart, so the page works without JavaScript and for screen readers. */
document.addEventListener('DOMContentLoaded', function () {
	if (typeof Chart === 'undefined') {
		return;
	}
	document.querySelectorAll('canvas[data-trend]').forEach(function (canvas) {
		var numbers = function (text) {
			return text ? text.split(';').map(Number) : [];
		};
		var labels = canvas.dataset.labels ? canvas.dataset.labels.split(';') : [];
		var datasets = [
			{ label: canvas.dataset.statusLabel, data: numbers(canvas.dataset.status), borderColor: '#0a3d91', yAxisID: 'y' },
			{ label: canvas.dataset.flexLabel, data: numbers(canvas.dataset.flex), borderColor: '#b35900', yAxisID: 'y' }
		];
		if (canvas.dataset.target) {
			datasets.push({
				label: canvas.dataset.targetLabel,
				data: labels.map(function () { return Number(canvas.dataset.target); }),
				borderColor: '#555', borderDash: [6, 4], pointRadius: 0, yAxisID: 'y'
			});
		}
		new Chart(canvas, {
			type: 'line',
			data: { labels: labels, datasets: datasets },
			options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } }
		});
	});
});
