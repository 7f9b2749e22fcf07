-- Schema version 5: each media file's loudness, measured at import (EBU R128 / ITU-R BS.1770),
-- so playback can bring every track to the study's presentation.loudness_lufs.
-- NULL in loudness_lufs: not measured (a database imported before this version, a file without
-- audio) or silent (below the absolute gate); such a track plays without normalisation gain.
ALTER TABLE media ADD COLUMN loudness_lufs REAL;
-- The track's true peak (dBTP) as measured, before any gain.
ALTER TABLE media ADD COLUMN true_peak_dbtp REAL;
