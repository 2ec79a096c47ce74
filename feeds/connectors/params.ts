/** Reading a source's `params` (from policywatch.yml): trimmed strings, bounded numbers, lists, kinds, base URLs. */
import type { ItemKind } from '../../src/domain/index.ts';
import { ITEM_KINDS } from '../../src/domain/index.ts';

export function strParam(params: Record<string, unknown>, name: string): string | undefined {
  const v = params[name];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

export function numParam(params: Record<string, unknown>, name: string, fallback: number, min: number, max: number): number {
  const v = params[name];
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.floor(n))) : fallback;
}

/** A string or a list of strings as a list (empty when absent). */
export function listParam(params: Record<string, unknown>, name: string): string[] {
  const v = params[name];
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim());
  return [];
}

export function kindParam(params: Record<string, unknown>, fallback: ItemKind): ItemKind {
  const v = strParam(params, 'kind');
  return v && (ITEM_KINDS as readonly string[]).includes(v) ? (v as ItemKind) : fallback;
}

/** `params.baseUrl` without a trailing slash, else the production URL. */
export function baseUrlParam(params: Record<string, unknown>, fallback: string): string {
  return (strParam(params, 'baseUrl') ?? fallback).replace(/\/+$/, '');
}
