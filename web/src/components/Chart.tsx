import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the pages draw, numbers written on the bars rather than in tooltips: a full
// ECharts would triple the dashboard's download.
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** A chart drawn from `option`, redrawn when it changes, resized with its box. `label`
 * names it for screen readers, which cannot read a canvas. */
export function Chart({ option, label, height = 300 }: { option: ChartOption; label: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.setOption(option);
    chart.on('finished', () => element.setAttribute('data-drawn', 'true'));
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={box} role="img" aria-label={label} style={{ height, width: '100%' }} />;
}
