/** the name of the people's IndexedDB database (apart from ./db.ts, so a page can count without Dexie) */
export const DB_NAME = 'upproach-people';
