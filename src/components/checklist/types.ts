import type { ChecklistContent } from '../../stores/checklist';
import type { ChecklistErrorCode } from '../../lib/checklist/profile';
import type { Audience } from '../../lib/checklist/model';

/** everything the island needs from the content collections, as plain data */
export interface ChecklistProps {
  readonly content: ChecklistContent;
  readonly labels: {
    readonly audiences: readonly { readonly id: Audience; readonly label: string }[];
    /** message by error code: every code has one (src/schemas/checklist.ts checks) */
    readonly errors: Readonly<Record<ChecklistErrorCode, string>>;
  };
  /** purpose id → the quiz's label for it */
  readonly purposeLabels: Readonly<Record<string, string>>;
  /** 2 inside an article (the frame's title is h2), 1 on the tool page */
  readonly frameLevel: 1 | 2;
  /**
   * the tool page's address for the calendar file: absolute with a real SITE_URL, else the path,
   * completed with the page's own origin when the file is made (readerUrl in lib/content/url.ts)
   */
  readonly toolUrl: string;
}
