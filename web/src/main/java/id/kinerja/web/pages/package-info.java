/** The pages civil servants use: server-rendered Thymeleaf in Indonesian, signed in with a cookie. */
package id.kinerja.web.pages;
