import { useStore } from '@nanostores/react';
import { useEffect } from 'react';
import {
  $storageRead,
  $storedItems,
  $yourDataMessage,
  eraseAllStoredItems,
  eraseStoredItem,
  watchStoredItems,
} from '../../stores/your-data';

export default function YourData() {
  const items = useStore($storedItems, { ssr: 'initial' });
  const message = useStore($yourDataMessage, { ssr: 'initial' });
  const read = useStore($storageRead, { ssr: 'initial' });
  useEffect(() => watchStoredItems(), []);
  const stored = items.filter((i) => i.shown !== null);

  return (
    <div className="your-data">
      <p className="your-data-summary">
        {!read
          ? 'Reading what this browser keeps…'
          : stored.length === 0
            ? 'This site keeps nothing in this browser right now.'
            : `This site keeps ${stored.length} ${stored.length === 1 ? 'item' : 'items'} in this browser.`}
      </p>
      <ul className="your-data-list">
        {items.map((item) => (
          <li key={item.key}>
            <h3>{item.label}</h3>
            <p className="muted">{item.description}</p>
            {item.shown === null ? (
              <p>{read ? 'Nothing stored.' : 'Checking…'}</p>
            ) : (
              <>
                <details>
                  <summary>
                    Show what is stored ({item.bytes} bytes under “{item.key}”)
                  </summary>
                  <pre>{item.shown}</pre>
                </details>
                <button type="button" className="button secondary" onClick={() => eraseStoredItem(item.key)}>
                  Erase {item.label.toLowerCase()}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={eraseAllStoredItems} disabled={stored.length === 0}>
        Erase everything
      </button>
      <p role="status" className="your-data-status">
        {message}
      </p>
    </div>
  );
}
