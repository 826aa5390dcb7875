// 考核指标 monthly trend: drawn from the numbers the table already shows (data-* attributes).
(function () {
  function draw() {
    var el = document.getElementById('kpi-trend');
    if (!el || !window.echarts || !el.dataset.months) {
      return;
    }
    function series(name) {
      return (el.dataset[name] || '').split(',').map(function (v) { return v === '' ? null : Number(Number(v).toFixed(1)); });
    }
    el.classList.add('kpi-chart-on');
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 40, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: el.dataset.months.split(',') },
      yAxis: [{ type: 'value', name: '%', max: 100 }, { type: 'value', name: '工作日' }],
      series: [
        { name: '按期办结率', type: 'line', data: series('onTime') },
        { name: '法制审核覆盖率', type: 'line', data: series('review') },
        { name: '音像记录覆盖率', type: 'line', data: series('recording') },
        { name: '抽查任务完成率', type: 'line', data: series('inspectionDone') },
        { name: '平均办理时长', type: 'bar', yAxisIndex: 1, data: series('duration') }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', draw);
})();
