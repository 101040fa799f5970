import { grades } from './rubric.json';
import type { Grade } from '../types';

/** The grade band a number of points falls in (bands in rubric.json). */
export function gradeFor(points: number): Grade {
  return (grades.find((band) => points >= band.min)?.grade ?? 'E') as Grade;
}

/** The worse of two grades (E is the worst). */
export const worseGrade = (a: Grade, b: Grade): Grade => (a > b ? a : b);
