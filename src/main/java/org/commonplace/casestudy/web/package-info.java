/** Backing beans of the case-study pages: the index, a case study, and the template form for writing and editing. */
package org.commonplace.casestudy.web;
