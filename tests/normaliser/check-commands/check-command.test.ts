import { describe, expect, it } from 'vitest';
import { checkInvocation } from '../../../scripts/normaliser/check-commands/check-command.ts';
import { findDockerInvocations } from '../../../scripts/normaliser/check-commands/parse-command.ts';

/** [kind, subject, replacement] of every finding for every command in `snippet`. */
const check = (snippet: string): [string, string, string | undefined][] =>
  findDockerInvocations(snippet).flatMap((invocation) =>
    checkInvocation(invocation).map((found) => [found.kind, found.subject, found.replacement] as [string, string, string | undefined]),
  );

describe('checkInvocation: valid commands raise nothing', () => {
  it.each([
    'docker run -it --rm -v my-volume:/data alpine sh',
    'docker run -d -P --name nginx2 -v /home/nginx:/usr/share/nginx/html nginx',
    'docker run -itd -p 6080:80 -p 6022:22 docker.io/lemonbar/centos6-ssh:latest',
    'docker run -p8080:80 -eFOO=bar --name=web nginx',
    'docker run --mount type=volume,source=my_volume,target=/container/path my_image',
    'docker run -d centos /bin/bash -c "while true;do sleep 2;echo hi;done"',
    'docker run ubuntu ls --not-a-docker-flag -Z',
    'docker exec -it determined_curie  ps -ef',
    'docker exec -d centos6-2 pstree -p',
    'docker top [OPTIONS] CONTAINER [ps OPTIONS]',
    'docker run [-options] <image_name> [command]',
    'docker -H tcp://10.0.0.1:2375 --context prod -D ps -a',
    'docker --version',
    'docker ps -h',
    'docker run -- ubuntu --whatever',
    'docker container list --all',
    'docker image ls --filter dangling=true -q',
    'sudo docker rmi $(sudo docker images -q -f dangling=true)',
    'docker inspect --format="{{.State.Pid}}" redis',
    'docker compose -f docker-compose.yml -p demo up -d --build',
    'docker compose up --dry-run',
    'docker compose exec web sh -c "ls -la"',
    'docker buildx build --platform linux/amd64,linux/arm64 -t me/app --push .',
    'docker build --platform linux/arm64 --secret id=npm,src=.npmrc -t app .',
    'docker scout cves --only-severity critical,high my-image',
    'docker $SUBCOMMAND --whatever',
  ])('%s', (snippet) => {
    expect(check(snippet)).toEqual([]);
  });
});

describe('checkInvocation: findings', () => {
  it('unknown-command, with the removed table\'s replacement', () => {
    expect(check('docker status web')).toEqual([['unknown-command', 'status', 'docker stats']]);
    expect(check('docker volume backup my-volume my-backup.tar')).toEqual([
      ['unknown-command', 'volume backup', 'docker run --rm -v VOL:/data -v "$PWD":/backup alpine tar czf /backup/vol.tgz -C /data .'],
    ]);
  });

  it('unknown-command, with the nearest command or the one glued to output', () => {
    expect(check('docker imagess')).toEqual([['unknown-command', 'imagess', 'docker images']]);
    expect(check('docker infoClient: Debug Mode: false')).toEqual([['unknown-command', 'infoClient:', 'docker info']]);
    expect(check('docker frobnicate x')).toEqual([['unknown-command', 'frobnicate', undefined]]);
  });

  it('unknown-flag: long, combined shorthand, typographic dash, output glued onto a flag', () => {
    expect(check('docker run --memroy 1g nginx')).toEqual([['unknown-flag', '--memroy', '--memory']]);
    expect(check('docker ps -aZ')).toEqual([['unknown-flag', '-Z', undefined]]);
    expect(check('sudo docker run –rm -it ubuntu')).toEqual([['unknown-flag', '–rm', '--rm']]);
    expect(check('docker ps -aCONTAINER ID IMAGE')).toEqual([['unknown-flag', '-aCONTAINER', '-a']]);
  });

  it('global flags are only global before the subcommand', () => {
    expect(check('docker -H unix:///x.sock ps')).toEqual([]);
    expect(check('docker ps -H unix:///x.sock')).toEqual([['unknown-flag', '-H', undefined]]);
  });

  it('removed: commands, flags and programs', () => {
    expect(check('docker daemon --add-runtime "custom=/usr/local/bin/my-runc"')).toEqual([['removed', 'daemon', 'dockerd']]);
    expect(check('docker -d')).toEqual([['removed', '-d', 'dockerd']]);
    expect(check('docker scan my-image')).toEqual([['removed', 'scan', 'docker scout cves']]);
    expect(check('docker-compose up -d')).toEqual([['removed', 'docker-compose', 'docker compose up -d']]);
    expect(check('docker-compose --version')).toEqual([['removed', 'docker-compose', 'docker compose version']]);
  });

  it('deprecated: --link (legacy), --net (hidden old spelling, only noted)', () => {
    const [link] = findDockerInvocations('docker run --link db:db -d web').flatMap((invocation) => checkInvocation(invocation));
    expect(link).toMatchObject({ kind: 'deprecated', severity: 'warning', subject: '--link' });
    const [net] = findDockerInvocations('docker run --net host nginx').flatMap((invocation) => checkInvocation(invocation));
    expect(net).toMatchObject({ kind: 'deprecated', severity: 'info', subject: '--net', replacement: '--network' });
  });

  it('a swarm service never had --link', () => {
    expect(check('docker service create --link db web')).toEqual([['unknown-flag', '--link', '--network NET (an overlay network)']]);
  });

  it('invalid-value: the danging filter, also inside $(...)', () => {
    expect(check('sudo docker rmi $(sudo docker images -q -f danging=true)')).toEqual([['invalid-value', 'danging=true', '--filter dangling=true']]);
  });

  it('an unknown flag on a plugin with a partial flag list is only noted', () => {
    const [found] = findDockerInvocations('docker scout cves --no-such-flag img').flatMap((invocation) => checkInvocation(invocation));
    expect(found).toMatchObject({ kind: 'unknown-flag', severity: 'info' });
  });

  it('carries the command text and line of the invocation', () => {
    const [found] = findDockerInvocations('docker ps\ndocker status web').flatMap((invocation) => checkInvocation(invocation));
    expect(found).toMatchObject({ command: 'docker status web', line: 2, severity: 'error' });
  });
});
