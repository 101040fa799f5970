import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionStores } from '@/test/unit/extension-stores';
import { CHANGED_SEED, changedPolicyHtml } from '@/test/fixtures/changed-policy';
import { seedAnalysis } from '@/test/unit/seed-analyses';
import { savedSiteState } from './saved-site.svelte';

const { saveSite } = extensionStores();

describe('popup: saved site and policy changes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says nothing changed for the saved text, and lists the changes for a changed policy', async () => {
    const saved = await seedAnalysis(CHANGED_SEED, 'https://shop.no/personvern');
    const changed = await seedAnalysis(CHANGED_SEED, 'https://shop.no/personvern', changedPolicyHtml);
    await saveSite('shop.no', saved.url, saved, null, 1_000);

    await savedSiteState.check('shop.no', saved);
    expect(savedSiteState).toMatchObject({ count: 1, saved: { site: 'shop.no', savedAt: 1_000 }, changes: null });

    await savedSiteState.check('shop.no', changed);
    expect(savedSiteState.changes).toMatchObject({ textChanged: true, grade: { before: saved.score.grade, after: changed.score.grade } });
    expect(savedSiteState.changes!.categories.length).toBeGreaterThan(0);

    // "Update saved copy": saving the current policy clears the notice and says the copy was updated.
    await saveSite('shop.no', changed.url, changed, null, 2_000);
    await savedSiteState.afterSave('shop.no', changed);
    expect(savedSiteState).toMatchObject({ updated: true, changes: null, saved: { savedAt: 2_000 } });
  });

  it('knows a site that is not saved', async () => {
    await savedSiteState.check('other.no', await seedAnalysis(1));
    expect(savedSiteState).toMatchObject({ count: 0, saved: null, changes: null });
  });
});
