// Every actor's and place's canonical name with its Arabic one, for `--names ar`.
MATCH (a:Actor)
RETURN a.name AS name, a.name_ar AS name_ar
UNION ALL
MATCH (p:Place)
RETURN p.name AS name, p.name_ar AS name_ar
