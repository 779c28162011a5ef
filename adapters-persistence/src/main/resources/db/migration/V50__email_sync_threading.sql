-- Email sync, item 4: a message whose headers name nothing kept joins a recent thread with its normalised subject;
-- found per subject, newest first.
create index email_thread_subject_idx on email_thread (normalised_subject, last_message_at desc);
