/**
 * `/questions.json`: the root-locale path of every question in learning order, for the
 * 随机一题 / Random question page (which adds the reader's locale prefix). Built at build time.
 */
import type { APIRoute } from 'astro';
import { loadPracticeData } from '../utils/practice-questions';

export const GET: APIRoute = async () => {
  const { questions } = await loadPracticeData();
  return new Response(JSON.stringify(questions.map((question) => question.path)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
