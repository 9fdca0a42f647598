import { Alert, Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import { useParams } from 'react-router';
import type { ReportPageQuery } from '../../__generated__/ReportPageQuery.graphql';
import { Attachments } from '../../components/Attachments';
import { History } from '../../components/History';
import { AREA, CHANNEL, RATING, REPORT_KIND, REPORT_STATUS, dateTime, label } from '../../labels';
import { ReportActions } from './ReportActions';
import { ReportSlips } from './ReportSlips';
import { ReferralOutcome } from '../referrals/ReferralOutcome';

/** One report as the office works it: what was reported, by whom, its slips, and the
 * triage actions. */
export function ReportPage() {
  const { id = '' } = useParams();
  const [fetchKey, setFetchKey] = useState(0);
  const { node, slips } = useLazyLoadQuery<ReportPageQuery>(
    graphql`
      query ReportPageQuery($id: ID!) {
        node(id: $id) {
          ... on Report @alias(as: "report") {
            id
            title
            body
            kind
            status
            statusReason
            area
            channel
            major
            valuable
            occurredOn
            submittedAt
            feedback
            feedbackAt
            rating
            ratingReason
            redoCount
            concernedUnit {
              name
            }
            reporter {
              name
              affiliation
              position
            }
            referral {
              ...ReferralOutcome_referral
            }
            attachments {
              ...Attachments_attachments
            }
            history {
              ...History_steps
            }
            ...ReportActions_report
          }
        }
        slips: assignments(filter: { reportId: $id }, first: 20) {
          ...ReportSlips_slips
        }
      }
    `,
    { id },
    { fetchPolicy: 'store-and-network', fetchKey },
  );
  const report = node.report;
  if (!report) return <Result status="404" title="线索不存在" />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <h1 className="page-title" style={{ marginBottom: 0 }}>
        {report.title} <Tag>{label(REPORT_STATUS, report.status)}</Tag>
        {report.major && <Tag color="red">重大</Tag>}
        {report.valuable && <Tag color="green">有价值建议</Tag>}
      </h1>
      {report.kind === 'OBSTRUCTION' && (
        <Alert
          type="error"
          showIcon
          title="反映单位拒不接受监督或打击报复"
          description="依规严肃处理：可直接移送纪委监委；不得向被反映单位交办，被反映单位看不到本反映。"
        />
      )}
      <ReportActions report={report} onChanged={() => setFetchKey((k) => k + 1)} />
      <Card title="线索内容">
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label="类型">{label(REPORT_KIND, report.kind)}</Descriptions.Item>
          <Descriptions.Item label="监督领域">{label(AREA, report.area)}</Descriptions.Item>
          <Descriptions.Item label="涉及单位">{report.concernedUnit?.name ?? '未指明'}</Descriptions.Item>
          <Descriptions.Item label="反映渠道">{label(CHANNEL, report.channel)}</Descriptions.Item>
          <Descriptions.Item label="发生日期">{report.occurredOn ?? '未填写'}</Descriptions.Item>
          <Descriptions.Item label="提交时间">{dateTime(report.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label="反映人">
            {report.reporter
              ? [report.reporter.name, report.reporter.affiliation, report.reporter.position].filter(Boolean).join('，')
              : '—'}
          </Descriptions.Item>
          {report.statusReason && <Descriptions.Item label="说明">{report.statusReason}</Descriptions.Item>}
          {report.referral && (
            <Descriptions.Item label="移送纪委监委">
              <ReferralOutcome referral={report.referral} />
            </Descriptions.Item>
          )}
          <Descriptions.Item label="具体内容" span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {report.body}
            </Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="附件">
        <Attachments attachments={report.attachments} />
      </Card>
      <ReportSlips slips={slips} />
      <Card title="处理过程">
        <History steps={report.history} />
      </Card>
      {(report.feedback || report.rating) && (
        <Card title="反馈与评价">
          <Descriptions column={1} bordered size="small">
            {report.feedback && (
              <Descriptions.Item label={`反馈（${dateTime(report.feedbackAt)}）`}>{report.feedback}</Descriptions.Item>
            )}
            {report.rating && (
              <Descriptions.Item label="反映人评价">
                {label(RATING, report.rating)}
                {report.ratingReason ? `：${report.ratingReason}` : ''}
              </Descriptions.Item>
            )}
            <Descriptions.Item label="重办次数">{report.redoCount}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </Space>
  );
}
