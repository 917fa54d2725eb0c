// Mantine's theme, built per language: close and clear buttons get a name in that language.
import { Alert, Drawer, Modal, Notification, Select, createTheme, darken, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver, type MantineTheme, type VariantColorsResolver, FileInput } from '@mantine/core';

// Contrast (WCAG AA asks 4.5:1 for text). Mantine's defaults put white text on shade 6–7 (3.3–4.3:1)
// and coloured text on tinted backgrounds at 2.7–4.1:1. Here filled backgrounds are shade 9 darkened
// by a fifth (green 9 alone carries white at 4.4:1) and text on light, subtle, outline or transparent
// backgrounds is shade 9 darkened by a third.
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.color === 'dark' || parsed.color === 'gray') return colors;
  const deep = input.theme.colors[parsed.color]![9];
  if (input.variant === 'filled') {
    return { ...colors, background: darken(deep, 0.2), hover: darken(deep, 0.3), color: 'var(--mantine-color-white)' };
  }
  if (input.variant === 'light' || input.variant === 'subtle' || input.variant === 'outline' || input.variant === 'transparent') {
    return { ...colors, color: darken(deep, 0.33) };
  }
  return colors;
};

export function createAppTheme(labels: { close: string; clear: string }): MantineTheme {
  const closeButtonProps = { 'aria-label': labels.close };
  return createTheme({
    primaryColor: 'indigo',
    primaryShade: { light: 9, dark: 8 },
    defaultRadius: 'md',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    variantColorResolver,
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
      Alert: Alert.extend({ defaultProps: { closeButtonLabel: labels.close } }),
      Select: Select.extend({ defaultProps: { clearButtonProps: { 'aria-label': labels.clear } } }),
      FileInput: FileInput.extend({ defaultProps: { clearButtonProps: { 'aria-label': labels.clear } } }),
    },
  }) as MantineTheme;
}

// Dimmed text is gray 7 (gray 6 is 3.3:1 on white); error text and anchors are shade 9.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-9)',
  },
  dark: {},
});
