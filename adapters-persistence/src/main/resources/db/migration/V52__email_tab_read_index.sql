-- Issue 13, item 6: a page of an account's Email tab is one aggregate (per thread: last time, messages) over the
-- address rows of the account's EMAIL SYNC addresses. With the thread, the time and the message in the index the
-- aggregate reads the index alone (an index-only scan), not one heap row per message.
create index email_message_address_read_idx on email_message_address (address, thread_id) include (sent_at, message_id);
