-- The user's region, so that search results rank services near them first:
-- a region code of the directory (piedmont, auvergne_rhone_alpes,
-- catalonia), learnt from their last "near me" or city choice or asked
-- once; 'none' when they skipped the question; NULL until known.
ALTER TABLE users ADD COLUMN region TEXT;
