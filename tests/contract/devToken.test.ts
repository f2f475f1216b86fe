import { readDevToken } from '../../dev/emulator/devToken';
import { devToken } from '../../src/auth/devTokenProvider';

it('makes tokens the emulator reads, æøå and the scopes (scp, space separated) included', () => {
  const user = { oid: '1', upn: 'sekretaer@kommune.dk', name: 'Chefforums sekretær' };
  expect(readDevToken(devToken(user, ['Files.Read.All', 'Sites.Read.All']))).toEqual({
    ...user,
    scp: 'Files.Read.All Sites.Read.All',
  });
});
