import { useT } from '../../components/use-settings';
import './download-status.css';
import type { DownloadStatus } from './use-deck-download';

/** What the PowerPoint download is doing, said to everyone and shown in the bar's corner. */
export function DownloadStatusLine({ status }: { status: DownloadStatus }) {
  const { t } = useT();
  const text =
    status.kind === 'working'
      ? t('present.downloading')
      : status.kind === 'done'
        ? t('present.downloaded', { file: status.file, count: status.slides })
        : status.kind === 'failed'
          ? t('present.downloadFailed', { message: status.message })
          : '';
  return (
    <p className={`present__download${status.kind === 'failed' ? ' present__download--failed' : ''}`} role="status">
      {text}
    </p>
  );
}
