import { Empty, Image, List, Typography } from 'antd';
import { graphql, useFragment } from 'react-relay/hooks';
import type { Attachments_attachments$key } from '../__generated__/Attachments_attachments.graphql';

/** Attachments shown in the page where the browser can (images, recordings; a PDF in its own
 * window), each with a plain download link; the server checks the session cookie on both. */
export function Attachments({ attachments }: { attachments: Attachments_attachments$key }) {
  const files = useFragment(
    graphql`
      fragment Attachments_attachments on Attachment @relay(plural: true) {
        id
        fileName
        contentType
        size
        url
      }
    `,
    attachments,
  );
  if (files.length === 0) return <Empty description="无附件" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <List
      dataSource={[...files]}
      renderItem={(file) => {
        const inline = `${file.url}${file.url.includes('?') ? '&' : '?'}inline=1`;
        return (
          <List.Item>
            <div style={{ width: '100%' }}>
              <Typography.Link href={file.url}>
                {file.fileName}（{Math.max(1, Math.round(file.size / 1024))} KB）
              </Typography.Link>
              <div style={{ marginTop: 8 }}>
                {file.contentType.startsWith('image/') && <Image src={inline} alt={file.fileName} width={240} />}
                {file.contentType.startsWith('audio/') && <audio controls src={inline} aria-label={file.fileName} />}
                {file.contentType.startsWith('video/') && (
                  <video controls src={inline} aria-label={file.fileName} style={{ maxWidth: 480 }} />
                )}
                {file.contentType === 'application/pdf' && (
                  <Typography.Link href={inline} target="_blank">
                    在新窗口中预览
                  </Typography.Link>
                )}
              </div>
            </div>
          </List.Item>
        );
      }}
    />
  );
}
