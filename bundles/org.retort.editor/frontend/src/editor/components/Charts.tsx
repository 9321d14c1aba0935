/** Histogram and scatter of numeric preview columns, with echarts (loaded only when a chart is shown). */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, TitleComponent, AriaComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

echarts.use([BarChart, ScatterChart, GridComponent, TooltipComponent, TitleComponent, AriaComponent, SVGRenderer]);

function Chart({ option, label, testId }: { option: echarts.EChartsCoreOption; label: string; testId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption({ aria: { enabled: true, label: { description: label } }, animation: false, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option, label]);
  return <div ref={ref} className="chart" role="img" aria-label={label} data-testid={testId} />;
}

export default function Charts({ histogram, histogramColumn, scatter, scatterAxes }: {
  histogram: { labels: string[]; counts: number[] };
  histogramColumn: string;
  scatter: [number, number][];
  scatterAxes: [string, string] | null;
}) {
  return (
    <div className="charts">
      <Chart
        testId="chart-histogram"
        label={`Histogram of ${histogramColumn}: ${histogram.counts.length} bins`}
        option={{
          title: { text: `Histogram of ${histogramColumn}`, textStyle: { fontSize: 13 } },
          tooltip: { valueFormatter: (v: unknown) => esc(String(v)) },
          grid: { left: 48, right: 16, bottom: 56, top: 36 },
          xAxis: { type: 'category', data: histogram.labels, axisLabel: { rotate: 40, fontSize: 10 } },
          yAxis: { type: 'value', name: 'rows' },
          series: [{ type: 'bar', data: histogram.counts, itemStyle: { color: '#1f5fa8' } }],
        }}
      />
      {scatterAxes ? (
        <Chart
          testId="chart-scatter"
          label={`Scatter of ${scatterAxes[1]} against ${scatterAxes[0]}: ${scatter.length} points`}
          option={{
            title: { text: `${scatterAxes[1]} vs ${scatterAxes[0]}`, textStyle: { fontSize: 13 } },
            tooltip: { formatter: (p: { value: [number, number] }) => `${esc(scatterAxes[0])} ${p.value[0]}<br>${esc(scatterAxes[1])} ${p.value[1]}` },
            grid: { left: 56, right: 16, bottom: 40, top: 36 },
            xAxis: { type: 'value', name: scatterAxes[0], nameLocation: 'middle', nameGap: 26, scale: true },
            yAxis: { type: 'value', name: scatterAxes[1], scale: true },
            series: [{ type: 'scatter', data: scatter, symbolSize: 5, itemStyle: { color: '#1f5fa8' } }],
          }}
        />
      ) : null}
    </div>
  );
}
