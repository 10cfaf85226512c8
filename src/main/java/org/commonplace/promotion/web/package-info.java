/** Faces beans of promotion: the workbench, the sources page, and the thread-side and page-side fragments. */
package org.commonplace.promotion.web;
