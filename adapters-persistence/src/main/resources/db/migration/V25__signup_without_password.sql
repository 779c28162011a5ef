-- Issue 10, item 12: a sign-up's password is chosen on the verification link's page, once the address
-- is known to be the client's; a pending sign-up no longer holds one. Links still open work as before:
-- their page now asks for the password.
alter table link_signup drop column password_hash;
