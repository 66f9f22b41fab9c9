-- Case keys: earlier builds joined platform, chat, channel and message id
-- with "/", so channel "x/y" with message "z" had the key of channel "x"
-- with message "y/z". storage.CaseKey prefixes each part with its length
-- in bytes and a colon; this rewrites the old keys (in the column and in
-- the case's JSON) as storage.LegacyCaseKey does: the chat id is what lies
-- between the platform and the channel and message id, which the case
-- keeps. Other keys are left alone.
UPDATE cases SET key = rekeyed.new_key, data = json_set(data, '$.key', rekeyed.new_key)
FROM (
	SELECT id,
		length(CAST(platform AS BLOB)) || ':' || platform ||
		length(CAST(chat AS BLOB)) || ':' || chat ||
		length(CAST(channel AS BLOB)) || ':' || channel ||
		length(CAST(msg AS BLOB)) || ':' || msg AS new_key
	FROM (
		SELECT id, key, platform, channel, msg,
			substr(key, length(platform) + 2, length(key) - length(platform) - length(channel) - length(msg) - 3) AS chat
		FROM (
			SELECT id, key, platform, channel, COALESCE(json_extract(data, '$.message_id'), '') AS msg
			FROM cases WHERE key IS NOT NULL
		)
	)
	WHERE length(key) >= length(platform) + length(channel) + length(msg) + 3
		AND key = platform || '/' || chat || '/' || channel || '/' || msg
) AS rekeyed
WHERE cases.id = rekeyed.id;
