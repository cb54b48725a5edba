/**
 * The version of the course's completion requirements, written into every completion record.
 * Bump it whenever the modules, simulators, exam or completion rules change: HR then refuses records
 * exported under the old requirements instead of scoring them against the wrong list.
 */
export const COURSE_VERSION = '2026.1';
