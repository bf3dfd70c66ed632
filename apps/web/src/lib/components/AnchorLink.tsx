import type { ComponentPropsWithRef } from 'react';
import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';

type MantineAnchorProps = AnchorProps & Omit<ComponentPropsWithRef<'a'>, keyof AnchorProps>;

function MantineAnchor(props: MantineAnchorProps) {
  return <Anchor component="a" {...props} />;
}

/** A Mantine Anchor that navigates with the router (typed `to` / `params`). */
export const AnchorLink = createLink(MantineAnchor);
