import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { ConclusionPageQuery } from '../../__generated__/ConclusionPageQuery.graphql';
import { dateTime, quarterOf } from '../../labels';

/** The last four quarters, newest first, as the API names them. */
function recentQuarters(today: Date): string[] {
  return [0, 3, 6, 9].map((months) => quarterOf(new Date(today.getFullYear(), today.getMonth() - months, 1)));
}

const Met = ({ met }: { met: boolean }) => (
  <span style={{ color: met ? '#237804' : '#a8071a' }}>{met ? '已完成' : '未完成'}</span>
);

const percent = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '—');

/** The quarter's conclusion report: each unit's handling and each member's record, to read
 * here, print, or download as CSV (the links carry the session cookie). */
export function ConclusionPage() {
  const quarters = recentQuarters(new Date());
  const [quarter, setQuarter] = useState(quarters[0]);
  const { conclusionReport: report } = useLazyLoadQuery<ConclusionPageQuery>(
    graphql`
      query ConclusionPageQuery($quarter: String!) {
        conclusionReport(quarter: $quarter) {
          regionName
          quarter
          from
          to
          generatedAt
          reportsReceived
          htmlPath
          unitsCsvPath
          membersCsvPath
          units {
            unit {
              id
              name
            }
            slipsIssued
            repliedOnTime
            overdue
            handedBack
            referrals
            surveyScore
          }
          members {
            member {
              id
              name
              kind
            }
            problemReports
            valuableSuggestions
            unexcusedAbsences
            problemQuotaMet
            suggestionQuotaMet
          }
        }
      }
    `,
    { quarter },
    { fetchPolicy: 'store-and-network' },
  );
  return (
    <>
      <h1 className="page-title">季度总结报告</h1>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card
          title={`${report.regionName} ${report.quarter.replace('Q', '年第')}季度（${report.from} 至 ${report.to}）`}
          extra={
            <Space wrap>
              <Select
                aria-label="选择季度"
                value={quarter}
                onChange={setQuarter}
                options={quarters.map((q) => ({ value: q, label: `${q.replace('Q', '年第')}季度` }))}
                style={{ width: 150 }}
              />
              <Button icon={<PrinterOutlined />} href={report.htmlPath} target="_blank">
                打印版
              </Button>
              <Button icon={<DownloadOutlined />} href={report.unitsCsvPath}>
                单位情况 CSV
              </Button>
              <Button icon={<DownloadOutlined />} href={report.membersCsvPath}>
                成员情况 CSV
              </Button>
            </Space>
          }
        >
          本季度共收到问题线索和意见建议 {report.reportsReceived} 件。生成时间：{dateTime(report.generatedAt)}。
        </Card>
        <Card title="责任单位办理情况">
          <Table
            rowKey={(row) => row.unit.id}
            size="small"
            pagination={false}
            dataSource={[...report.units]}
            columns={[
              { title: '单位', render: (_, row) => row.unit.name },
              { title: '交办', dataIndex: 'slipsIssued' },
              {
                title: '按时回复',
                render: (_, row) => `${row.repliedOnTime}（${percent(row.repliedOnTime, row.slipsIssued)}）`,
              },
              { title: '超期', dataIndex: 'overdue' },
              { title: '退回', dataIndex: 'handedBack' },
              { title: '移送纪委', dataIndex: 'referrals' },
              {
                title: '测评得分',
                dataIndex: 'surveyScore',
                render: (v: number | null) => (v == null ? '—' : v.toFixed(1)),
              },
            ]}
          />
        </Card>
        <Card title="监督员、监测点履职情况">
          <Table
            rowKey={(row) => row.member.id}
            size="small"
            pagination={{ pageSize: 20 }}
            dataSource={[...report.members]}
            columns={[
              { title: '姓名（名称）', render: (_, row) => row.member.name },
              { title: '类型', render: (_, row) => (row.member.kind === 'SUPERVISOR' ? '监督员' : '监测点') },
              { title: '反映问题', dataIndex: 'problemReports' },
              { title: '有价值建议', dataIndex: 'valuableSuggestions' },
              { title: '无故缺席', dataIndex: 'unexcusedAbsences' },
              {
                title: '本季度反映问题任务',
                dataIndex: 'problemQuotaMet',
                render: (met: boolean) => <Met met={met} />,
              },
              {
                title: '本年度有价值建议任务',
                dataIndex: 'suggestionQuotaMet',
                render: (met: boolean) => <Met met={met} />,
              },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
