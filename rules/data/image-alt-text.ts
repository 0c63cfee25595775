/**
 * Patterns for image-alt-text. Sources: W3C WAI Images Tutorial (w3.org/WAI/tutorials/images/),
 * WCAG 2.2 Success Criterion 1.1.1 Non-text Content, and the CDC/HHS social media accessibility
 * guidance (digital.gov, "Making social media accessible"): every image needs alt text that says
 * what it shows; screen readers already announce "image", so "image of" adds nothing; a file name
 * is not a description.
 */

export const SOURCE =
  "W3C WAI Images Tutorial (w3.org/WAI/tutorials/images/); WCAG 2.2 SC 1.1.1; digital.gov 'Making social media accessible'";

/** File extensions of images (and what cameras and phones write). */
export const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|heic|heif|svg|tiff?|bmp|avif|jfif)$/i;

/** Names cameras, phones and screenshot tools give files: IMG_1234, DSC01234, PXL_20240101_..., Screenshot 2024-... */
export const CAMERA_NAME =
  /^(?:img|dsc|dscn|dcim|pxl|mvimg|photo|image|picture|screenshot|screen shot|whatsapp image|untitled|final|copy of)[\s_-]*[\d_ ().:-]*(?:\d|\(\d+\))[\w ().:-]*$|^[\w-]*\d{4,}[\w-]*$/i;

/** Alt text that says nothing: the kind of thing, not what it shows. */
export const GENERIC_ALT =
  /^(?:an? )?(?:image|img|picture|pic|photo|photograph|graphic|icon|logo|banner|figure|chart|screenshot|alt|alt text|alt-text|placeholder|untitled|\.|-|_|\s)+$/i;

/** "Image of ...", "Photo showing ...", "Picture: ...": the screen reader already says it is an image. */
export const BOILERPLATE_PREFIX = /^(?:an? |the )?(?:image|img|picture|pic|photo|photograph|graphic|screenshot)(?: of| showing| shows| that shows| depicting| with|:| -| –)\s*/i;
