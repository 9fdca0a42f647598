import { Button, Form, Modal, message, type ButtonProps, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../errors';
import { ServerError } from '../relay/fetch';

type Props<V> = {
  /** The button's and the dialog's title. */
  title: string;
  button?: ButtonProps;
  /** The form's fields; none for a plain confirmation. */
  children?: ReactNode | ((form: FormInstance<V>) => ReactNode);
  confirmText?: string;
  initialValues?: Partial<V>;
  onSubmit: (values: V) => Promise<unknown>;
  onDone?: () => void;
  done: string;
  /** The refusal of a field in the form's own words, where the server's would not do. */
  fieldMessages?: Record<string, string>;
};

/** A button that opens a dialog with a form, sends it, and shows what the server said:
 * a `VALIDATION` refusal on its field, anything else above the form. */
export function ActionForm<V extends object>({
  title,
  button,
  children,
  confirmText = '确定',
  initialValues,
  onSubmit,
  onDone,
  done,
  fieldMessages = {},
}: Props<V>) {
  const [form] = Form.useForm<V>();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: V) => {
    setSending(true);
    setError(null);
    try {
      await onSubmit(values);
      setOpen(false);
      form.resetFields();
      message.success(done);
      onDone?.();
    } catch (e) {
      const field = e instanceof ServerError && e.code === 'VALIDATION' ? e.field : undefined;
      const said = (field && fieldMessages[field]) || errorMessage(e);
      if (field && form.getFieldInstance(field as never)) {
        form.setFields([{ name: field as never, errors: [said] }]);
      } else {
        setError(said);
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Button {...button} onClick={() => setOpen(true)}>
        {title}
      </Button>
      <Modal
        title={title}
        open={open}
        okText={confirmText}
        confirmLoading={sending}
        onOk={() => form.submit()}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        destroyOnHidden
      >
        {error && (
          <div role="alert" style={{ color: '#cf1322', marginBottom: 12 }}>
            {error}
          </div>
        )}
        <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit} preserve={false}>
          {typeof children === 'function' ? children(form) : children}
        </Form>
      </Modal>
    </>
  );
}
