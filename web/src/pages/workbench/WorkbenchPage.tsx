import { Card, Col, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { WorkbenchPageQuery } from '../../__generated__/WorkbenchPageQuery.graphql';
import { Chart, type ChartOption } from '../../components/Chart';
import { AREA, REFERRAL_STATUS, label, quarterOf } from '../../labels';
import { useRole } from '../../layouts/useRole';
import { WorkbenchToDo } from './WorkbenchToDo';

const GRID = { left: 8, right: 16, top: 24, bottom: 8, containLabel: true };
const BAR_WIDTH = 40;

/** The office's (and the leading group's) overview of this quarter, and the office's to-do. */
export function WorkbenchPage() {
  const quarter = quarterOf(new Date());
  const office = useRole() === 'OFFICE';
  const data = useLazyLoadQuery<WorkbenchPageQuery>(
    graphql`
      query WorkbenchPageQuery($quarter: String!, $office: Boolean!) {
        dashboard(quarter: $quarter) {
          quarter
          reportsByArea {
            area
            count
          }
          referralsByStatus {
            status
            count
          }
          members
          membersMeetingQuotas
          meetingsHeld
        }
        onTimeByQuarter(quarter: $quarter, count: 4) {
          quarter
          slipsIssued
          repliedOnTime
        }
        slipsByUnit {
          unit {
            name
          }
          open
          overdue
        }
        ...WorkbenchToDo_query @include(if: $office) @alias(as: "toDo")
      }
    `,
    { quarter, office },
    { fetchPolicy: 'store-and-network' },
  );
  const { dashboard, slipsByUnit, onTimeByQuarter } = data;

  const slipsOption = useMemo<ChartOption>(() => {
    const units = slipsByUnit.filter((row) => row.open > 0 || row.overdue > 0);
    return {
      legend: { data: ['在办', '超期'], top: 0 },
      grid: { ...GRID, top: 36 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: units.map((row) => row.unit.name) },
      series: [
        {
          name: '在办',
          type: 'bar',
          barMaxWidth: BAR_WIDTH,
          data: units.map((row) => row.open - row.overdue),
          stack: 'slips',
          color: '#1677ff',
        },
        {
          name: '超期',
          type: 'bar',
          barMaxWidth: BAR_WIDTH,
          data: units.map((row) => row.overdue),
          stack: 'slips',
          color: '#ff4d4f',
        },
      ],
    };
  }, [slipsByUnit]);

  // Largest at the top: eight areas compare more easily as bars than as slices.
  const areaOption = useMemo<ChartOption>(() => {
    const rows = [...dashboard.reportsByArea].sort((a, b) => a.count - b.count);
    return {
      grid: { ...GRID, right: 40 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((row) => label(AREA, row.area)) },
      series: [
        {
          type: 'bar',
          barMaxWidth: BAR_WIDTH,
          data: rows.map((row) => row.count),
          color: '#13a8a8',
          label: { show: true, position: 'right' },
        },
      ],
    };
  }, [dashboard.reportsByArea]);

  const referralOption = useMemo<ChartOption>(
    () => ({
      grid: GRID,
      xAxis: { type: 'category', data: dashboard.referralsByStatus.map((row) => label(REFERRAL_STATUS, row.status)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          barMaxWidth: BAR_WIDTH,
          data: dashboard.referralsByStatus.map((row) => row.count),
          color: '#fa8c16',
          label: { show: true, position: 'top' },
        },
      ],
    }),
    [dashboard.referralsByStatus],
  );

  const onTimeOption = useMemo<ChartOption>(
    () => ({
      grid: GRID,
      xAxis: { type: 'category', data: onTimeByQuarter.map((row) => row.quarter.replace('Q', '年Q')) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'bar',
          barMaxWidth: BAR_WIDTH,
          color: '#389e0d',
          data: onTimeByQuarter.map((row) =>
            row.slipsIssued ? Math.round((row.repliedOnTime / row.slipsIssued) * 100) : null,
          ),
          label: {
            show: true,
            position: 'top',
            formatter: ({ dataIndex }: { dataIndex: number }) => {
              const row = onTimeByQuarter[dataIndex];
              return row.slipsIssued ? `${row.repliedOnTime}/${row.slipsIssued}` : '无交办';
            },
          },
        },
      ],
    }),
    [onTimeByQuarter],
  );

  const overdue = slipsByUnit.reduce((sum, row) => sum + row.overdue, 0);
  const open = slipsByUnit.reduce((sum, row) => sum + row.open, 0);
  const short = dashboard.members - dashboard.membersMeetingQuotas;

  return (
    <>
      <h1 className="page-title">工作台（{dashboard.quarter.replace('Q', '年第')}季度）</h1>
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={6}>
          <Card>
            <Statistic title="在办交办单" value={open} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card>
            <Statistic
              title="超期交办单"
              value={overdue}
              styles={{ content: { color: overdue ? '#cf1322' : undefined } }}
            />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card>
            <Statistic title="未完成季度任务的成员" value={short} suffix={`/ ${dashboard.members}`} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card>
            <Statistic title="本季度已召开会议" value={dashboard.meetingsHeld} />
          </Card>
        </Col>
        {data.toDo && <WorkbenchToDo query={data.toDo} />}
        <Col xs={24} xl={12}>
          <Card title="各责任单位交办单（在办 / 超期）">
            <Chart option={slipsOption} label={`各责任单位交办单：共 ${open} 件在办，其中 ${overdue} 件超期`} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="本季度问题线索（按监督领域）">
            <Chart option={areaOption} label="本季度问题线索按监督领域分布" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="近四个季度按时回复率（按时回复 / 交办）">
            <Chart option={onTimeOption} label="近四个季度交办单按时回复率" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="移送纪委监委线索">
            <Chart option={referralOption} label="移送纪委监委线索按状态统计" />
          </Card>
        </Col>
      </Row>
    </>
  );
}
