import { Alert, Form, Select } from 'antd';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { ResponsibleUnitFieldQuery } from '../__generated__/ResponsibleUnitFieldQuery.graphql';

/** The responsible unit a slip goes to, with a warning before the office sends it where no
 * one would hear of it (`Unit.noticesReach`). */
export function ResponsibleUnitField({ label }: { label: string }) {
  const { units } = useLazyLoadQuery<ResponsibleUnitFieldQuery>(
    graphql`
      query ResponsibleUnitFieldQuery {
        units(filter: { responsible: true }, first: 100) {
          nodes {
            id
            name
            noticesReach
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network' },
  );
  return (
    <>
      <Form.Item label={label} name="unitId" rules={[{ required: true, message: '请选择责任单位' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="选择责任单位"
          options={units.nodes.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['unitId']}>
        {({ getFieldValue }) => {
          const unit = units.nodes.find((u) => u.id === getFieldValue('unitId'));
          if (unit?.noticesReach === 'NOBODY') {
            return (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title={`${unit.name}尚未开设单位账号，也未填写通知邮箱，交办后无人收到通知。`}
                description="请先在“账号与单位”中为其开设经办人账号或填写通知邮箱，或交办后电话告知。"
              />
            );
          }
          if (unit?.noticesReach === 'CONTACT_EMAIL') {
            return (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                title={`${unit.name}无人登录平台，交办通知和催办、督办将发送到其通知邮箱。`}
              />
            );
          }
          return null;
        }}
      </Form.Item>
    </>
  );
}
