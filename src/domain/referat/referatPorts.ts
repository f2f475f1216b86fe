// The referat ports are declared in ../ports with the others; re-exported for their importers.
export type {
  Announcements,
  PostedMessage,
  PublicationStore,
  ReferatFolder,
  ReferatWriter,
  StoredPublication,
  StoredReferat,
} from '../ports';
