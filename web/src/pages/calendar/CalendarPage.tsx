import { Alert, Button, Calendar, Card, Modal, Space, Tag, Typography, message } from 'antd';
import { dayjs, type Dayjs } from '../../dates';
import { useMemo, useState } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { CalendarPageQuery } from '../../__generated__/CalendarPageQuery.graphql';
import type { CalendarPageSaveMutation } from '../../__generated__/CalendarPageSaveMutation.graphql';
import { errorMessage } from '../../errors';
import { useCommit } from '../../relay/useCommit';

type Day = { working: boolean; note: string | null };
type Days = Map<string, Day>;

const weekend = (day: Dayjs) => day.day() === 0 || day.day() === 6;

/** A day clicked turns from what the week makes it to the other thing: a weekday to a
 * holiday, a weekend day to a 调休 working day; clicked again, back. */
function toggled(days: Days, day: Dayjs): Days {
  const key = day.format('YYYY-MM-DD');
  const next = new Map(days);
  if (next.has(key)) next.delete(key);
  else next.set(key, weekend(day) ? { working: true, note: '调休上班' } : { working: false, note: '节假日' });
  return next;
}

/** The region's working-day calendar, which every slip deadline is counted on. */
export function CalendarPage() {
  const [month, setMonth] = useState(() => dayjs());
  const year = month.year();
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<CalendarPageQuery>(
    graphql`
      query CalendarPageQuery($year: Int!) {
        calendarDays(year: $year) {
          date
          working
          note
        }
        stateCouncilHolidays(year: $year) {
          date
          working
          note
        }
        defaultSlipDeadline
      }
    `,
    { year },
    { fetchPolicy: 'store-and-network', fetchKey },
  );
  // A new calendar from the server (another year, or saved) starts the marks afresh.
  const saved = data.calendarDays.map((d) => `${d.date}${d.working ? '+' : '-'}`).join();
  return (
    <YearCalendar
      key={`${year}:${saved}`}
      data={data}
      month={month}
      setMonth={setMonth}
      saved={() => setFetchKey((k) => k + 1)}
    />
  );
}

function YearCalendar({
  data,
  month,
  setMonth,
  saved,
}: {
  data: CalendarPageQuery['response'];
  month: Dayjs;
  setMonth: (day: Dayjs) => void;
  saved: () => void;
}) {
  const year = month.year();
  const stored = useMemo<Days>(
    () => new Map(data.calendarDays.map((d) => [d.date, { working: d.working, note: d.note ?? null }])),
    [data.calendarDays],
  );
  const [days, setDays] = useState<Days>(stored);
  const [save, saving] = useCommit<CalendarPageSaveMutation>(graphql`
    mutation CalendarPageSaveMutation($input: SetCalendarDaysInput!) {
      setCalendarDays(input: $input) {
        days {
          date
        }
      }
    }
  `);
  const changed =
    days.size !== stored.size || [...days].some(([date, day]) => stored.get(date)?.working !== day.working);

  const loadStateCouncil = () => {
    const published = data.stateCouncilHolidays;
    if (!published) return;
    Modal.confirm({
      title: `载入国务院办公厅公布的 ${year} 年节假日安排？`,
      content: `共 ${published.filter((d) => !d.working).length} 天放假、${published.filter((d) => d.working).length} 天调休上班，将替换页面上本年度尚未保存的标记。载入后可逐日调整，保存后生效。`,
      okText: '载入',
      onOk: () => setDays(new Map(published.map((d) => [d.date, { working: d.working, note: d.note ?? null }]))),
    });
  };

  const submit = async () => {
    try {
      await save({
        input: {
          year,
          days: [...days].map(([date, day]) => ({ date, working: day.working, note: day.note })),
        },
      });
      message.success(`${year} 年工作日历已保存，此后的办理时限按新日历计算`);
      saved();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      <h1 className="page-title">工作日历</h1>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          title={`今日印发的交办单，默认办理时限为 ${data.defaultSlipDeadline}（按已保存的日历计算）。`}
          description="点击日期标记：工作日点击设为节假日，周末点击设为调休上班，再次点击取消。标记后须保存才生效。"
        />
        <Card
          extra={
            <Space>
              <Button disabled={!data.stateCouncilHolidays} onClick={loadStateCouncil}>
                {data.stateCouncilHolidays ? `载入国务院 ${year} 年安排` : `国务院 ${year} 年安排尚未公布`}
              </Button>
              <Button disabled={!changed} onClick={() => setDays(stored)}>
                撤销修改
              </Button>
              <Button type="primary" disabled={!changed} loading={saving} onClick={submit}>
                保存 {year} 年日历
              </Button>
            </Space>
          }
          title={`${year} 年：放假 ${[...days.values()].filter((d) => !d.working).length} 天，调休上班 ${[...days.values()].filter((d) => d.working).length} 天${changed ? '（有未保存的修改）' : ''}`}
        >
          <Calendar
            value={month}
            headerRender={({ value, onChange }) => (
              <Space style={{ marginBottom: 12 }}>
                <Button aria-label="上个月" onClick={() => onChange(value.subtract(1, 'month'))}>
                  上个月
                </Button>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {value.format('YYYY年M月')}
                </Typography.Text>
                <Button aria-label="下个月" onClick={() => onChange(value.add(1, 'month'))}>
                  下个月
                </Button>
              </Space>
            )}
            onPanelChange={(value) => setMonth(value)}
            onSelect={(day, { source }) => {
              if (source === 'date') {
                if (day.year() === year) setDays((current) => toggled(current, day));
                setMonth(day);
              }
            }}
            fullCellRender={(day, info) => {
              if (info.type !== 'date') return info.originNode;
              const entry = days.get(day.format('YYYY-MM-DD'));
              const off = entry ? !entry.working : weekend(day);
              const outside = day.month() !== month.month();
              return (
                <div
                  className="calendar-day"
                  aria-label={`${day.format('YYYY-MM-DD')}${entry ? (entry.working ? '，调休上班' : '，节假日') : ''}`}
                  style={{
                    background: entry ? (entry.working ? '#fff7e6' : '#fff1f0') : undefined,
                    color: off ? '#a8071a' : outside ? '#6b6b6b' : undefined,
                  }}
                >
                  <div className="calendar-day-number">{day.date()}</div>
                  {entry && (
                    <Tag color={entry.working ? 'orange' : 'red'} style={{ marginInlineEnd: 0 }}>
                      {entry.working ? '班' : '休'}
                    </Tag>
                  )}
                  {entry?.note && <div className="calendar-day-note">{entry.note}</div>}
                </div>
              );
            }}
          />
        </Card>
      </Space>
    </>
  );
}
