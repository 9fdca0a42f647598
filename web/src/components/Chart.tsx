import { BarChart } from 'echarts/charts';
import { GridSimpleComponent, LegendPlainComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the pages draw: bars with their numbers written on them (no tooltips, no axis
// pointer), a plain legend. Every further chart type or component adds to the dashboard's
// download, which a full ECharts would triple.
echarts.use([BarChart, GridSimpleComponent, LegendPlainComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** A chart drawn from `option`, redrawn when it changes, resized with its box. `label`
 * names it for screen readers, which cannot read a canvas. */
export function Chart({ option, label, height = 300 }: { option: ChartOption; label: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    // Drawn at once: the figures are what a clerk opens the page for, not a second of
    // bars growing (and of CPU on an old office PC).
    chart.setOption({ animation: false, ...option });
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
