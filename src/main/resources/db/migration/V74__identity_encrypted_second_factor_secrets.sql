-- Why: second-factor secrets are stored encrypted under a key set outside the database (issue 9); a ciphertext
-- needs some 90 characters. Secrets from before are encrypted at the next start (SecretsEncryption).
alter table user_account alter column totp_secret set data type varchar(300);
