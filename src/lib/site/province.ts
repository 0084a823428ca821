/**
 * What changes when a site holds a province rather than a city: past a
 * handful of jurisdictions, pages stop naming, drawing or listing every one
 * (the header, the home page's charts and document lists) and link to where
 * each is in full. One place for these limits, so the pages agree.
 */

/** Up to this many jurisdictions, the header names each and the home page charts each. */
export const FEW_PLACES = 6;

/** The newest documents of each kind on the home page; each jurisdiction's page lists all of its own. */
export const HOME_LATEST_DOCUMENTS = 20;
