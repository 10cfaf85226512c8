/**
 * Case studies: structured records of how an organisation used online engagement (organisation, sector, region,
 * tools, what was tried, the outcome, lessons, a contact), written with a template form and listed in an index
 * filterable by sector, region and tool. They are site-wide, belong to no space and are public; signed-in people
 * write them, their authors and editors of any space (or site admins) edit them.
 */
package org.commonplace.casestudy;
