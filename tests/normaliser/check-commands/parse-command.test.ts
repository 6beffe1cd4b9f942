import { describe, expect, it } from 'vitest';
import { findDockerInvocations } from '../../../scripts/normaliser/check-commands/parse-command.ts';

/** argv of each invocation found, in the order found. */
const argvs = (snippet: string): string[][] => findDockerInvocations(snippet).map((found) => [found.program, ...found.argv]);

describe('findDockerInvocations', () => {
  it.each([
    ['single and double quotes stay one word', `docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web`, [['docker', 'inspect', '-f', '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}', 'web']]],
    ['a quoted --flag=value', 'docker run --memory="512m" --cpus="1.0" my-image', [['docker', 'run', '--memory=512m', '--cpus=1.0', 'my-image']]],
    ['a trailing comment is not an argument', 'docker volume ls # 列出所有存储卷', [['docker', 'volume', 'ls']]],
    ['pipes, && and ; split commands', 'docker ps -a | grep web && docker stop web; docker rm web', [['docker', 'ps', '-a'], ['docker', 'stop', 'web'], ['docker', 'rm', 'web']]],
    ['sudo, env assignments and xargs are prefixes', 'FOO=bar sudo -E docker run -it a | xargs -n1 docker rm', [['docker', 'run', '-it', 'a'], ['docker', 'rm']]],
    ['a redirect and its file are not arguments', 'docker save img > /home/img.tar 2>&1', [['docker', 'save', 'img']]],
    ['<placeholders> are words, not redirects', 'docker volume create --driver <driver_name> <volume_name>', [['docker', 'volume', 'create', '--driver', '<driver_name>', '<volume_name>']]],
    ['a path to docker-compose is docker-compose', '/usr/local/bin/docker-compose up -d', [['docker-compose', 'up', '-d']]],
    ['other programs are ignored', 'systemctl restart docker\ncurl -L https://example.com/docker-compose -o /usr/local/bin/docker-compose', []],
  ])('%s', (_, snippet, expected) => {
    expect(argvs(snippet)).toEqual(expected);
  });

  it('joins \\ continuations and reports the first line', () => {
    const found = findDockerInvocations('# 创建网络\ndocker network create \\\n  --driver bridge \\\n  --subnet 172.25.0.0/16 \\\n  my_net\ndocker network ls');
    expect(found.map((item) => [item.line, item.argv])).toEqual([
      [2, ['network', 'create', '--driver', 'bridge', '--subnet', '172.25.0.0/16', 'my_net']],
      [6, ['network', 'ls']],
    ]);
  });

  it('finds the commands inside $(...), backticks and quoted substitutions, marked nested', () => {
    const found = findDockerInvocations('docker rm $(docker ps -aq)\necho `docker ps -q`\nPID="$(docker inspect -f \'{{.State.Pid}}\' redis)"');
    expect(found.map((item) => [item.nested, item.argv])).toEqual([
      [true, ['ps', '-aq']],
      [false, ['rm', '$(…)']],
      [true, ['ps', '-q']],
      [true, ['inspect', '-f', '{{.State.Pid}}', 'redis']],
    ]);
  });

  it('strips prompts, also several glued onto one line by a copy-paste', () => {
    const found = findDockerInvocations(
      '$ docker ps\n[root@localhost ~]# docker ps --format "{{.Names}}"[root@VM-4-17-centos ~]# docker exec -it web ps -ef\ndocker@default:~$ docker exec -d redis sleep 2000docker@default:~$ docker exec redis ps -ef',
    );
    expect(found.map((item) => [item.prompt, item.argv])).toEqual([
      ['$', ['ps']],
      ['[root@localhost ~]#', ['ps', '--format', '{{.Names}}']],
      ['[root@VM-4-17-centos ~]#', ['exec', '-it', 'web', 'ps', '-ef']],
      ['docker@default:~$', ['exec', '-d', 'redis', 'sleep', '2000']],
      ['docker@default:~$', ['exec', 'redis', 'ps', '-ef']],
    ]);
  });

  it('reads "# docker ..." as a root prompt and "# 注释" as a comment', () => {
    const found = findDockerInvocations('# docker run -it -v /local/path:/container/path ubuntu /bin/bash\n# docker 命令示例\n#备份存储卷');
    expect(found.map((item) => [item.prompt, item.argv])).toEqual([['#', ['run', '-it', '-v', '/local/path:/container/path', 'ubuntu', '/bin/bash']]]);
  });

  it('skips here-document bodies', () => {
    expect(argvs('cat <<EOF > Dockerfile\nRUN docker ps\nEOF\ndocker build -t app .')).toEqual([['docker', 'build', '-t', 'app', '.']]);
  });

  it('survives hostile input: unclosed quotes, stray parentheses, empty text', () => {
    expect(argvs('docker ps --format "{{.Names}}')).toEqual([['docker', 'ps', '--format', '{{.Names}}']]);
    expect(argvs('docker ps ))) ((')).toEqual([['docker', 'ps']]);
    expect(argvs('')).toEqual([]);
  });
});
