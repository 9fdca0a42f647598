import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import { Link, useParams } from 'react-router';
import type { SlipPageQuery } from '../../__generated__/SlipPageQuery.graphql';
import { ReferralOutcome } from '../referrals/ReferralOutcome';
import { Attachments } from '../../components/Attachments';
import { History } from '../../components/History';
import { SLIP_MODE, SLIP_STATUS, dateTime, label } from '../../labels';
import { SlipActions } from './SlipActions';

/** One slip: what the office asked, the unit's reply, the deadline and any extension, and
 * the steps the person may take. A unit sees the slip, never the reports behind it. */
export function SlipPage() {
  const { id = '' } = useParams();
  const [fetchKey, setFetchKey] = useState(0);
  const { node } = useLazyLoadQuery<SlipPageQuery>(
    graphql`
      query SlipPageQuery($id: ID!) {
        node(id: $id) {
          ... on Assignment @alias(as: "slip") {
            id
            number
            mode
            status
            statusReason
            requirement
            issuedOn
            deadline
            overdue
            workingDaysOverdue
            reply
            repliedAt
            extensionUntil
            extensionStatus
            extensionReason
            unit {
              name
            }
            reports {
              id
              title
            }
            referral {
              ...ReferralOutcome_referral
            }
            attachments {
              ...Attachments_attachments
            }
            timeline {
              ...History_steps
            }
            ...SlipActions_assignment
          }
        }
      }
    `,
    { id },
    { fetchPolicy: 'store-and-network', fetchKey },
  );
  const slip = node.slip;
  if (!slip) return <Result status="404" title="交办单不存在" />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <h1 className="page-title" style={{ marginBottom: 0 }}>
        交办单 {slip.number} <Tag>{label(SLIP_STATUS, slip.status)}</Tag>
        {slip.overdue && <Tag color="red">超期 {slip.workingDaysOverdue} 个工作日</Tag>}
      </h1>
      <Space wrap>
        <SlipActions assignment={slip} onChanged={() => setFetchKey((k) => k + 1)} />
        <Link to={`/slips/${encodeURIComponent(slip.id)}/print`} target="_blank">
          <Button icon={<PrinterOutlined />}>打印交办单</Button>
        </Link>
      </Space>
      {slip.extensionStatus === 'requested' && (
        <Alert
          type="warning"
          showIcon
          title={`责任单位申请延期至 ${slip.extensionUntil}`}
          description={slip.extensionReason ? `理由：${slip.extensionReason}` : undefined}
        />
      )}
      <Card title="交办内容">
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label="责任单位">{slip.unit?.name}</Descriptions.Item>
          <Descriptions.Item label="方式">{label(SLIP_MODE, slip.mode)}</Descriptions.Item>
          <Descriptions.Item label="交办日期">{slip.issuedOn}</Descriptions.Item>
          <Descriptions.Item label="办理时限">{slip.deadline}</Descriptions.Item>
          {slip.extensionStatus && slip.extensionStatus !== 'requested' && (
            <Descriptions.Item label="延期申请">
              {slip.extensionStatus === 'granted' ? '已同意' : '未同意'}（申请至 {slip.extensionUntil}）
            </Descriptions.Item>
          )}
          {slip.statusReason && <Descriptions.Item label="退回理由">{slip.statusReason}</Descriptions.Item>}
          {slip.referral && (
            <Descriptions.Item label="移送纪委监委">
              <ReferralOutcome referral={slip.referral} />
            </Descriptions.Item>
          )}
          <Descriptions.Item label="办理要求" span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {slip.requirement}
            </Typography.Paragraph>
          </Descriptions.Item>
          {slip.reports.length > 0 && (
            <Descriptions.Item label="相关线索" span={2}>
              <Space orientation="vertical">
                {slip.reports.map((report) => (
                  <Link key={report.id} to={`/reports/${encodeURIComponent(report.id)}`}>
                    {report.title}
                  </Link>
                ))}
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title="办理回复">
        {slip.reply ? (
          <>
            <Typography.Paragraph type="secondary">回复时间：{dateTime(slip.repliedAt)}</Typography.Paragraph>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{slip.reply}</Typography.Paragraph>
            <Attachments attachments={slip.attachments} />
          </>
        ) : (
          <Typography.Text type="secondary">责任单位尚未回复。</Typography.Text>
        )}
      </Card>
      <Card title="办理过程">
        <History steps={slip.timeline} />
      </Card>
    </Space>
  );
}
