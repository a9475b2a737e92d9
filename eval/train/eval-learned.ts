/**
 * Runs the evaluation (eval/run.ts, same flags) with the learned relation layers switched on,
 * since both are off by default: `npx tsx eval/train/eval-learned.ts --split tuned [--no-zh]`.
 */
import { useLearnedEn } from '../../graph/en/rel-learned';
import { useLearnedZh } from '../../graph/zh/relLearned';

useLearnedZh(!process.argv.includes('--no-zh'));
useLearnedEn(!process.argv.includes('--no-en'));
void import('../run.js');
