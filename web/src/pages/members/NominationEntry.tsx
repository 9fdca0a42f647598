import { UploadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Radio, Select, Upload, type FormInstance, type UploadFile } from 'antd';
import { graphql } from 'react-relay/hooks';
import type {
  Declaration,
  MemberCategory,
  MemberKind,
  Recommender,
} from '../../__generated__/NominatePageSubmitMutation.graphql';
import type { NominationEntryMutation } from '../../__generated__/NominationEntryMutation.graphql';
import { ActionForm } from '../../components/ActionForm';
import { DECLARATION, MEMBER_CATEGORY, RECOMMENDER } from '../../labels';
import { attach } from '../../relay/fetch';
import { useCommit } from '../../relay/useCommit';
import { creditCodeValid, residentIdValid } from '../public/checks';
import { CATEGORIES, DECLARATIONS, FIELD_MESSAGES, RECOMMENDERS } from './nomination';
import { required } from '../../components/rules';

type EntryValues = {
  kind: MemberKind;
  category: MemberCategory;
  recommender: Recommender;
  name: string;
  idNumber?: string;
  creditCode?: string;
  affiliation?: string;
  position?: string;
  npcOrCppcc?: boolean;
  phone?: string;
  email?: string;
  declarations?: Declaration[];
  files?: UploadFile[];
};

/** The office enters a nomination a recommending body sent on paper (人大, 政协, 工商联…),
 * with its recommendation form scanned. */
export function NominationEntry({ onDone }: { onDone: () => void }) {
  const [submit] = useCommit<NominationEntryMutation>(graphql`
    mutation NominationEntryMutation($input: SubmitNominationInput!) {
      submitNomination(input: $input) {
        nomination {
          id
          status
        }
      }
    }
  `);
  const send = ({ files = [], declarations = [], ...v }: EntryValues) => {
    const supervisor = v.kind === 'SUPERVISOR';
    const [attachments, uploadables] = attach(
      'input.attachments',
      files.map((f) => f.originFileObj as File),
    );
    return submit(
      {
        input: {
          kind: v.kind,
          category: v.category,
          recommender: v.recommender,
          name: v.name.trim(),
          idNumber: supervisor ? v.idNumber?.trim() : null,
          creditCode: supervisor ? null : v.creditCode?.trim() || null,
          affiliation: v.affiliation || null,
          position: v.position || null,
          npcOrCppcc: !!v.npcOrCppcc,
          phone: v.phone || null,
          email: v.email || null,
          declarations,
          attachments,
        },
      },
      uploadables,
    );
  };
  return (
    <ActionForm<EntryValues>
      title="录入推荐"
      button={{ type: 'primary' }}
      done="推荐已录入，等待审核"
      initialValues={{ kind: 'SUPERVISOR' }}
      onSubmit={send}
      onDone={onDone}
      fieldMessages={FIELD_MESSAGES}
    >
      {(form) => <EntryFields form={form} />}
    </ActionForm>
  );
}

function EntryFields({ form }: { form: FormInstance<EntryValues> }) {
  const kind: MemberKind = Form.useWatch('kind', form) ?? 'SUPERVISOR';
  const supervisor = kind === 'SUPERVISOR';
  return (
    <>
      <Form.Item label="推荐为" name="kind">
        <Radio.Group
          optionType="button"
          onChange={() => form.setFieldsValue({ category: undefined, recommender: undefined, declarations: [] })}
          options={[
            { value: 'SUPERVISOR', label: '营商环境监督员' },
            { value: 'MONITORING_POINT', label: '营商环境监测点' },
          ]}
        />
      </Form.Item>
      <Form.Item label="推荐单位" name="recommender" rules={[{ required: true, message: '请选择推荐单位' }]}>
        <Select options={RECOMMENDERS[kind].map((r) => ({ value: r, label: RECOMMENDER[r] }))} />
      </Form.Item>
      <Form.Item label="类别" name="category" rules={[{ required: true, message: '请选择类别' }]}>
        <Select options={CATEGORIES[kind].map((c) => ({ value: c, label: MEMBER_CATEGORY[c] }))} />
      </Form.Item>
      <Form.Item label={supervisor ? '姓名' : '单位或场所名称'} name="name" rules={required('请填写名称')}>
        <Input maxLength={200} />
      </Form.Item>
      {supervisor ? (
        <>
          <Form.Item
            label="身份证号码"
            name="idNumber"
            rules={[
              ...required('请填写身份证号码'),
              { validator: async (_, v?: string) => checked(v, residentIdValid, '身份证号码校验不通过，请核对') },
            ]}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item label="工作单位" name="affiliation">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="职务" name="position">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="npcOrCppcc" valuePropName="checked">
            <Checkbox>人大代表或政协委员（优先选聘）</Checkbox>
          </Form.Item>
        </>
      ) : (
        <Form.Item
          label="统一社会信用代码"
          name="creditCode"
          extra="政务服务场所可不填。"
          rules={[
            { validator: async (_, v?: string) => checked(v, creditCodeValid, '统一社会信用代码校验不通过，请核对') },
          ]}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item label="联系电话" name="phone" rules={supervisor ? required('请填写联系电话') : []}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item label="电子邮箱" name="email" rules={[{ type: 'email', message: '邮箱格式有误' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="承诺事项（据推荐材料勾选）" name="declarations">
        <Checkbox.Group options={DECLARATIONS[kind].map((d) => ({ value: d, label: DECLARATION[d] }))} />
      </Form.Item>
      <Form.Item label="推荐材料" name="files" valuePropName="fileList" getValueFromEvent={(e) => e?.fileList}>
        <Upload beforeUpload={() => false} multiple accept="image/*,application/pdf,.doc,.docx">
          <Button icon={<UploadOutlined />}>选择文件</Button>
        </Upload>
      </Form.Item>
    </>
  );
}

/** An empty field passes (the required rule speaks for it); a typed one must be valid. */
function checked(value: string | undefined, valid: (v: string) => boolean, message: string): Promise<void> {
  return !value?.trim() || valid(value) ? Promise.resolve() : Promise.reject(new Error(message));
}
