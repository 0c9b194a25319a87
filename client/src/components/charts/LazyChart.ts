import { defineAsyncComponent } from 'vue'

/**
 * The only way pages should draw charts: ECharts (~200 kB gzip) is fetched when a chart is first shown,
 * so it never lands in the initial bundle or on the exam pages.
 */
export const LazyChart = defineAsyncComponent(() => import('./EChart.vue'))
