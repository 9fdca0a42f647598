import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';

// Ant Design's date pickers and calendar name months and weekdays in dayjs's global locale.
// Imported by the pages that pick dates, so the others do without it.
dayjs.locale('zh-cn');

export { dayjs };
export type { Dayjs };

/** A picked day as the API takes it (`YYYY-MM-DD`), or nothing when none was picked. */
export const isoDay = (value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined);
