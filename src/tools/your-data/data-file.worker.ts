/**
 * Makes and reads data files off the main thread (a data file may be large): the tools'
 * parsers are bundled into this worker, which starts when the reader downloads or opens a file.
 */
import { expose } from 'comlink';
import { allPeople, erasePeople, markBackup, peopleSettings, replacePeople } from '@/tools/people/backup';
import { siteCodecs } from './site-codecs';
import { makeDataFile, readDataFile, type DataFileTools } from './format';

expose({
  make: async (stored, site, now) =>
    makeDataFile((id) => stored[id], site, now, siteCodecs, await allPeople(), await peopleSettings()),
  read: async (text, site) => readDataFile(text, site, siteCodecs),
  replacePeople,
  erasePeople,
  markBackup,
} satisfies DataFileTools);
