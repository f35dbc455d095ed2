//! The one read model allowed to read other features' tables: what reports
//! (`/report`, its CSV files and charts) and the feedback screens need to
//! know about events, associations, services and announcements. Every other
//! store reads only its own feature's tables.
